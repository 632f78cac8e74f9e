require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 510
    json message: 'Not Extended'
end
