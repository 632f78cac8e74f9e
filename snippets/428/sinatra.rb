require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 428
    json message: 'Precondition Required'
end
