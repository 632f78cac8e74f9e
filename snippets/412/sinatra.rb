require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 412
    json message: 'Precondition Failed'
end
